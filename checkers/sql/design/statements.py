"""Splits a learner's DDL file into statements, each parsed by sqlglot and tagged with its file line and kind."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import ParseError
from sqlglot.tokens import Token, TokenType

from checkers.sql.tokens import UnclosedText, quiet_sqlglot, tokenize

REFUSED = {"COPY", "ATTACH", "DETACH", "INSTALL", "LOAD", "PRAGMA", "EXPORT", "IMPORT", "CALL", "CHECKPOINT", "VACUUM"}
SESSION = {"SET", "RESET", "USE", "BEGIN", "START", "COMMIT", "ROLLBACK", "END", "GRANT", "REVOKE", "DELIMITER"}
DATA = {"INSERT", "SELECT", "WITH", "UPDATE", "DELETE", "MERGE", "VALUES", "TRUNCATE", "REPLACE", "EXPLAIN", "SHOW"}
DATA |= {"DESCRIBE", "DESC", "TABLE", "FROM", "SUMMARIZE"}
FILE_FUNCTIONS = ("read_", "parquet_", "glob", "sniff_csv", "getenv", "load_file", "pg_read", "lo_import", "sqlite_")
FILE_FUNCTIONS += ("iceberg_", "delta_", "postgres_scan", "mysql_scan", "http", "duckdb_")
NAMES = {"postgres": "PostgreSQL", "mysql": "MySQL", "duckdb": "DuckDB"}
BUILT = {"TABLE", "INDEX", "TYPE", "SEQUENCE"}
NOT_GRADED = {"FUNCTION", "TRIGGER", "PROCEDURE", "EXTENSION", "VIEW", "MATERIALIZED", "RULE", "POLICY", "ROLE", "USER"}
NOT_GRADED |= {"DOMAIN", "SCHEMA", "DATABASE", "EVENT", "OR", "DEFINER", "AGGREGATE", "OPERATOR", "COLLATION"}


@dataclass(frozen=True)
class Statement:
    """One statement: its file line, its text, what kind it is and, when it parsed, its tree."""

    line: int
    text: str
    kind: str
    tree: exp.Expression | None = None
    error: str = ""
    error_line: int = 0

    @property
    def summary(self) -> str:
        first = " ".join(self.text.split())
        return first if len(first) <= 60 else first[:57] + "..."


class UnreadableFile(Exception):
    """The file cannot even be cut into statements (an unclosed quote or comment)."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


def _tokenize(dialect: Dialect, text: str, first_line: int) -> list[Token]:
    try:
        return tokenize(dialect, text)
    except UnclosedText as exc:
        raise UnreadableFile(first_line + exc.line - 1, str(exc)) from None


def _chunks(tokens: list[Token]) -> Iterator[list[Token]]:
    chunk: list[Token] = []
    for token in tokens:
        if token.token_type == TokenType.SEMICOLON:
            if chunk:
                yield chunk
            chunk = []
        else:
            chunk.append(token)
    if chunk:
        yield chunk


def _stray_comma(chunk: list[Token]) -> tuple[Token, Token] | None:
    """A comma that ends a list (`b INT,)` or `a INT,,`): sqlglot forgives it, databases do not."""
    for comma, after in zip(chunk, chunk[1:], strict=False):
        if comma.token_type == TokenType.COMMA and after.token_type in (TokenType.COMMA, TokenType.R_PAREN):
            return comma, after
    return None


def _reads_files(tree: exp.Expression) -> str:
    for func in tree.find_all(exp.Func):
        name = (func.name if isinstance(func, exp.Anonymous) else func.sql_name()).lower()
        if name.startswith(FILE_FUNCTIONS):
            return name
    return ""


def _kind_of(tree: exp.Expression) -> str:
    if isinstance(tree, exp.Create):
        kind = (tree.args.get("kind") or "").upper()
        if kind == "TABLE" and tree.expression is not None:
            return "ctas"
        if kind == "TABLE" and not isinstance(tree.this, exp.Schema):
            return "unknown"
        return kind.lower() if kind in BUILT else "other-ddl"
    if isinstance(tree, exp.Alter):
        return "alter" if (tree.args.get("kind") or "").upper() == "TABLE" else "other-ddl"
    if isinstance(tree, exp.Drop):
        return "drop"
    if isinstance(tree, exp.Comment):
        return "comment"
    if isinstance(tree, exp.Command):
        words = f"{tree.this} {tree.expression}".upper().split()
        return "other-ddl" if len(words) > 1 and words[1] in NOT_GRADED else "unknown"
    return "other-ddl"


def _statement(dialect: Dialect, name: str, text: str, chunk: list[Token], offset: int) -> Statement:
    line = chunk[0].line + offset
    source = text[chunk[0].start : chunk[-1].end + 1]
    keyword = chunk[0].text.upper()
    if keyword in REFUSED:
        return Statement(line, source, "refused", error=f"{keyword} is not allowed in a schema file")
    if keyword in SESSION:
        return Statement(line, source, "session")
    if keyword in DATA or chunk[0].token_type == TokenType.L_PAREN:
        return Statement(line, source, "data")
    if stray := _stray_comma(chunk):
        comma, after = stray
        message = f"a comma with nothing after it (before `{after.text}`)"
        return Statement(line, source, "syntax", error=message, error_line=comma.line + offset)
    try:
        trees = [tree for tree in dialect.parser().parse(chunk, text) if tree is not None]
    except ParseError as error:
        detail = error.errors[0] if error.errors else {}
        where = detail.get("line", chunk[0].line) + offset
        message = detail.get("description", str(error))
        if near := detail.get("highlight"):
            message += f" near `{near}`"
        return Statement(line, source, "syntax", error=message, error_line=where)
    if len(trees) != 1:
        return Statement(line, source, "syntax", error="could not read this statement", error_line=line)
    tree = trees[0]
    if _kind_of(tree) == "unknown":
        error = f"this is not a statement sqlglot can read as {NAMES[name]} SQL (a typo or a missing comma?)"
        return Statement(line, source, "syntax", tree, error=error, error_line=line)
    if function := _reads_files(tree):
        return Statement(line, source, "refused", tree, error=f"{function}() reads files; a schema file may not")
    return Statement(line, source, _kind_of(tree), tree)


def split_statements(text: str, dialect: str, first_line: int = 1) -> list[Statement]:
    """Every statement of the file in order; raises UnreadableFile when it cannot be tokenized at all."""
    reader = Dialect.get_or_raise(dialect)
    offset = first_line - 1
    with quiet_sqlglot():
        tokens = _tokenize(reader, text, first_line)
        return [_statement(reader, dialect, text, chunk, offset) for chunk in _chunks(tokens)]
