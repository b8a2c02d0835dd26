"""Syntax that PostgreSQL and MySQL reject but sqlglot quietly repairs: clauses out of order, a comma before FROM."""

from __future__ import annotations

from dataclasses import dataclass

from sqlglot.tokens import Token, TokenType

__all__ = ["SyntaxProblem", "strict_syntax_problem"]

CLAUSE_RANK = {TokenType.WHERE: 1, TokenType.GROUP_BY: 2, TokenType.HAVING: 3, TokenType.WINDOW: 4,
               TokenType.ORDER_BY: 5, TokenType.LIMIT: 6, TokenType.OFFSET: 6, TokenType.FETCH: 6}
CLAUSE_NAME = {TokenType.WHERE: "WHERE", TokenType.GROUP_BY: "GROUP BY", TokenType.HAVING: "HAVING",
               TokenType.WINDOW: "WINDOW", TokenType.ORDER_BY: "ORDER BY", TokenType.LIMIT: "LIMIT",
               TokenType.OFFSET: "OFFSET", TokenType.FETCH: "FETCH"}
NEW_QUERY = {TokenType.SELECT, TokenType.UNION, TokenType.EXCEPT, TokenType.INTERSECT}
NOTHING_AFTER_COMMA = {TokenType.FROM, TokenType.R_PAREN, TokenType.SEMICOLON, TokenType.UNION, TokenType.EXCEPT,
                       TokenType.INTERSECT, *CLAUSE_RANK}
CLAUSE_ORDER = "WHERE, GROUP BY, HAVING, ORDER BY, LIMIT"


@dataclass(frozen=True)
class SyntaxProblem:
    """What the learner's database would reject, and where: line and column are 1-based."""

    message: str
    line: int
    column: int


def strict_syntax_problem(tokens: list[Token], sql: str, dialect: str) -> SyntaxProblem | None:
    """The first clause out of order or comma with nothing after it; None for DuckDB, which accepts both."""
    if dialect == "duckdb":
        return None
    problems = [problem for problem in (_clause_out_of_order(tokens, sql), _dangling_comma(tokens, sql)) if problem]
    return min(problems, key=lambda problem: (problem.line, problem.column), default=None)


def _clause_out_of_order(tokens: list[Token], sql: str) -> SyntaxProblem | None:
    """Each parenthesis opens its own level (a subquery, a window's OVER (...)); a clause may not follow a later one."""
    last: list[TokenType | None] = [None]
    for token in tokens:
        kind = token.token_type
        if kind == TokenType.L_PAREN:
            last.append(None)
        elif kind == TokenType.R_PAREN:
            if len(last) > 1:
                last.pop()
        elif kind in NEW_QUERY:
            last[-1] = None
        elif kind in CLAUSE_RANK:
            before = last[-1]
            if before is not None and CLAUSE_RANK[kind] < CLAUSE_RANK[before]:
                message = (f"{CLAUSE_NAME[kind]} cannot come after {CLAUSE_NAME[before]}: "
                           f"write the clauses in the order {CLAUSE_ORDER}")
                return _at(token, sql, message)
            last[-1] = kind
    return None


def _dangling_comma(tokens: list[Token], sql: str) -> SyntaxProblem | None:
    for index, token in enumerate(tokens):
        if token.token_type != TokenType.COMMA:
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is None or following.token_type in NOTHING_AFTER_COMMA:
            where = f"before {following.text.upper()!r}" if following is not None else "at the end"
            return _at(token, sql, f"the comma {where} has nothing after it: remove it")
    return None


def _at(token: Token, sql: str, message: str) -> SyntaxProblem:
    column = token.start - sql.rfind("\n", 0, token.start)
    return SyntaxProblem(message, token.line, column)
