"""Refuses every learner answer that is not one read-only query over the published tables."""

from __future__ import annotations

from sqlglot import exp
from sqlglot.tokens import Token, TokenType

from checkers.sql.published import PublishedSchema

ALLOWED = "each answer must be a single read-only query (SELECT … or WITH … SELECT …) on the published tables."
QUERY_STARTS = {"SELECT", "WITH", "(", "FROM", "TABLE"}
UNKEYED_STATEMENTS = {"CHECKPOINT", "EXPORT", "IMPORT", "VACUUM", "RESET", "CALL", "ATTACH", "DETACH", "INSTALL",
                      "LOAD", "PRAGMA", "SUMMARIZE", "HANDLER", "LOCK", "UNLOCK", "FLUSH", "KILL", "OPTIMIZE", "REPAIR"}
TABLE_FUNCTIONS = {"range", "generate_series", "exploding_generate_series", "unnest"}
DEFAULT_SCHEMAS = {"duckdb": {"main"}, "postgres": {"public"}, "mysql": set()}
WRITES = (exp.DML, exp.Create, exp.Drop, exp.Alter, exp.Copy, exp.Command, exp.Set, exp.Pragma, exp.Attach,
          exp.Detach, exp.Install, exp.Use, exp.Transaction, exp.Commit, exp.Rollback, exp.TruncateTable)
FILE_PREFIXES = ("read_", "parquet_", "iceberg_", "delta_", "sqlite_", "postgres_", "mysql_", "http", "pg_read",
                 "pg_ls", "pg_stat_file", "lo_")
FILE_NAMES = {"glob", "sniff_csv", "load_file", "load_extension", "dblink", "scan_arrow_ipc", "arrow_scan"}
SETTING_NAMES = {"current_setting", "getenv", "getvariable", "set_config", "which_secret", "pg_settings"}
SETTING_PREFIXES = ("duckdb_", "pragma_")
RUNS_SQL = {"query", "query_table"}


class AnswerRejected(Exception):
    """The answer cannot be run as it is: a syntax error or a refused statement."""


class RefusedQuery(AnswerRejected):
    """The answer is not one read-only query; the message says what was refused and what is allowed."""


def refuse(what: str) -> RefusedQuery:
    """A RefusedQuery whose one sentence names what was refused, then what is allowed."""
    return RefusedQuery(f"{what}: {ALLOWED}")


def ensure_single_query(tokens: list[Token]) -> None:
    """Refuse an empty answer, several statements, a statement that is not a query, and SELECT … INTO."""
    statements: list[list[Token]] = [[]]
    for token in tokens:
        if token.token_type == TokenType.SEMICOLON:
            statements.append([])
        else:
            statements[-1].append(token)
    statements = [statement for statement in statements if statement]
    if not statements:
        raise RefusedQuery(f"The answer holds no SQL, only comments or blanks: {ALLOWED}")
    if len(statements) > 1:
        kinds = ", ".join(statement[0].text.upper() for statement in statements)
        raise refuse(f"The answer holds {len(statements)} statements separated by `;` ({kinds})")
    first = statements[0][0].text.upper()
    if statements[0][0].token_type == TokenType.VAR and first not in UNKEYED_STATEMENTS:
        raise refuse(f"The answer starts with {first}, which is not an SQL statement")
    if first not in QUERY_STARTS:
        raise refuse(f"{first} statements are not allowed")
    if any(token.token_type == TokenType.INTO for token in statements[0]):
        raise refuse("SELECT … INTO writes a table or a file and is not allowed")


def ensure_read_only(tree: exp.Expression, schema: PublishedSchema, dialect: str = "duckdb") -> None:
    """Raise RefusedQuery unless `tree` only reads the published tables, its own CTEs and a few series functions."""
    if not isinstance(tree, exp.Query):
        raise refuse(f"{_statement_name(tree)} statements are not allowed")
    if tree.args.get("into"):
        raise refuse("SELECT … INTO writes a table and is not allowed")
    ctes = {cte.alias_or_name.lower() for cte in tree.find_all(exp.CTE)}
    for node in tree.walk():
        if isinstance(node, WRITES):
            raise refuse(f"The query contains {_statement_name(node)}, which changes data or settings")
        if isinstance(node, exp.Table):
            _check_table(node, schema, ctes, dialect)
        elif isinstance(node, exp.Func):
            _check_function(node)


def _statement_name(node: exp.Expression) -> str:
    if isinstance(node, exp.Command):
        return str(node.this).upper()
    return node.key.upper()


def _check_table(table: exp.Table, schema: PublishedSchema, ctes: set[str], dialect: str) -> None:
    source = table.this
    if isinstance(source, exp.Func):
        _check_function(source)
        name = function_name(source)
        if name not in TABLE_FUNCTIONS:
            raise refuse(f"The table function {name}() is not allowed (only range, generate_series and unnest are)")
        return
    if not isinstance(source, exp.Identifier):
        raise refuse(f"Reading from {table.sql()} is not allowed")
    name = source.name
    qualifier = ".".join(part.name for part in (table.args.get("catalog"), table.args.get("db")) if part)
    if table.args.get("catalog") or (qualifier and qualifier.lower() not in DEFAULT_SCHEMAS.get(dialect, set())):
        raise refuse(f"The table {qualifier}.{name} is outside the published tables (only {_listing(schema)} are)")
    if name.lower() in schema.tables or name.lower() in ctes:
        return
    if any(mark in name for mark in "./\\"):
        raise refuse(f"Reading the file '{name}' is not allowed (only the tables {_listing(schema)} are)")
    raise refuse(f"The table {name} is not one of the published tables ({_listing(schema)})")


def _check_function(function: exp.Func) -> None:
    name = function_name(function)
    if name in RUNS_SQL:
        raise refuse(f"The function {name}() runs other SQL and is not allowed")
    if name in FILE_NAMES or name.startswith(FILE_PREFIXES):
        raise refuse(f"The function {name}() reads files or other databases and is not allowed")
    if name in SETTING_NAMES or name.startswith(SETTING_PREFIXES):
        raise refuse(f"The function {name}() reads the database's settings or environment and is not allowed")


def function_name(function: exp.Func) -> str:
    """The function's name as written, in lower case: read_csv, generate_series, …"""
    if isinstance(function, exp.Anonymous):
        return function.name.lower()
    return function.sql_name().lower()


def _listing(schema: PublishedSchema) -> str:
    return ", ".join(schema.tables)
