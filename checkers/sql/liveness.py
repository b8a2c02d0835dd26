"""Which parts of an answer decide its result: the SELECTs it reads, and in each the clauses and columns that count.

A WITH query nobody reads, a derived-table column the outer query never uses, or an ORDER BY inside a subquery
without LIMIT cannot change the rows an answer returns, so a construct written there does no work.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlglot import exp
from sqlglot.errors import SqlglotError
from sqlglot.optimizer.qualify import qualify

from checkers.sql.published import PublishedSchema

ALL = None  # every projection of a query is needed
FILTERS = ("where", "having", "qualify")


@dataclass
class LiveSelect:
    """One SELECT whose rows reach the result, and its expressions that decide them."""

    select: exp.Select
    sources: dict[str, exp.Expression]  # alias -> exp.Table, or the query of a derived table or WITH query
    outer: LiveSelect | None
    expressions: list[exp.Expression] = field(default_factory=list)
    needs: dict[int, set[str] | None] = field(default_factory=dict)  # id(source query) -> column names, None: all
    root_ids: set[int] = field(default_factory=set)

    def source(self, alias: str) -> tuple[exp.Expression, LiveSelect] | None:
        """The source an alias names here or in an enclosing query, with the SELECT that declares it."""
        scope: LiveSelect | None = self
        while scope is not None:
            if alias in scope.sources:
                return scope.sources[alias], scope
            scope = scope.outer
        return None

    def add(self, nodes: list[exp.Expression]) -> None:
        """Make these expressions live (each once)."""
        for node in nodes:
            if id(node) not in self.root_ids:
                self.root_ids.add(id(node))
                self.expressions.append(node)

    def holds(self, node: exp.Expression) -> bool:
        """True when `node` is, or is inside, one of the live expressions (without crossing a nested SELECT)."""
        current: exp.Expression | None = node
        while current is not None and current is not self.select:
            if id(current) in self.root_ids:
                return True
            current = current.parent
            if isinstance(current, exp.Select) and current is not self.select:
                return False
        return False

    def nodes(self) -> Iterator[exp.Expression]:
        """Every node of the live expressions, not entering nested queries."""
        for root in self.expressions:
            yield from _own_nodes(root)


@dataclass
class Liveness:
    """The live SELECTs of an answer, the set operations it reads and the WITH queries it reads."""

    tree: exp.Expression
    selects: dict[int, LiveSelect] = field(default_factory=dict)
    set_operations: list[exp.SetOperation] = field(default_factory=list)
    ctes_read: set[int] = field(default_factory=set)
    _visited: set[tuple[int, frozenset[str] | None]] = field(default_factory=set)

    def is_live(self, node: exp.Expression) -> bool:
        """True when `node` sits in a live expression of a live SELECT, or is a live query itself."""
        query = node if isinstance(node, exp.Select) else node.find_ancestor(exp.Select)
        live = self.selects.get(id(query)) if query is not None else None
        if node is query:
            return live is not None
        return live is not None and live.holds(node)

    def why_dead(self, node: exp.Expression) -> str:
        """Why a construct written at `node`, which is not live, cannot change the result."""
        parent = node.parent
        while parent is not None:
            if isinstance(parent, exp.CTE) and id(parent) not in self.ctes_read:
                return f"it is in the WITH query {parent.alias_or_name}, which your answer never reads"
            parent = parent.parent
        select = node.parent.find_ancestor(exp.Select) if node.parent else None
        if isinstance(node.parent, exp.Select):
            select = node.parent
        if select is None:
            return "it is in a part of the query that does not change the result"
        if id(select) not in self.selects:
            return self.why_dead(select)
        column = next((p for p in select.expressions if node is p or _inside(node, p)), None)
        if column is not None:
            owner = select.parent
            while isinstance(owner, exp.Subquery | exp.Paren | exp.SetOperation):
                owner = owner.parent
            where = f"the WITH query {owner.alias_or_name}" if isinstance(owner, exp.CTE) else "a subquery"
            return f"it computes the column {column.alias_or_name} of {where}, which no query around it uses"
        if node.find_ancestor(exp.Order):
            return "it is in the ORDER BY of a subquery without LIMIT, which does not change the rows returned"
        return "it is in a part of the query that does not change the result"

    def visit(self, query: exp.Expression, needed: frozenset[str] | None, outer: LiveSelect | None,
              ctes: dict[str, exp.CTE]) -> None:
        query = _unwrap(query)
        key = (id(query), needed)
        if key in self._visited:
            return
        self._visited.add(key)
        ctes = {**ctes, **{cte.alias_or_name.lower(): cte for cte in _with(query)}}
        if isinstance(query, exp.SetOperation):
            self.set_operations.append(query)
            for side in (query.this, query.expression):
                self.visit(_unwrap(side), ALL, outer, ctes)
        elif isinstance(query, exp.Select):
            self._visit_select(query, needed, outer, ctes)

    def _visit_select(self, select: exp.Select, needed: frozenset[str] | None, outer: LiveSelect | None,
                      ctes: dict[str, exp.CTE]) -> None:
        live = self.selects.get(id(select))
        if live is None:
            live = self.selects[id(select)] = LiveSelect(select, self._sources(select, ctes), outer)
        projections = select.expressions
        if select.args.get("distinct") or needed is ALL:
            wanted = list(projections)
        else:
            wanted = [p for p in projections if p.alias_or_name.lower() in needed]
        clauses = [select.args.get(name) for name in (*FILTERS, "group", "distinct")]
        clauses += [join.args.get("on") for join in select.args.get("joins") or ()]
        clauses += list(select.args.get("windows") or ())
        if select.args.get("limit") or select.args.get("offset") or self.tree is select:
            clauses.append(select.args.get("order"))
        live.add([*wanted, *(c for c in clauses if c is not None)])
        live.add(_alias_references(live, projections))
        for query in live.sources.values():
            if not _is_table(query):
                live.needs.setdefault(id(query), set())
        for node in live.nodes():
            if node is not select and isinstance(node, exp.Query):
                self.visit(node, frozenset() if isinstance(node.parent, exp.Exists) else ALL, live, ctes)
            elif isinstance(node, exp.Column):
                _need(live, node)
            elif isinstance(node, exp.Star) and not isinstance(node.parent, exp.Column | exp.Count):
                live.needs = dict.fromkeys(live.needs, None)
        settled: dict[int, frozenset[str] | None] | None = None
        while settled != (settled := _frozen(live.needs)):  # a LATERAL source may need more of an earlier one
            for query in live.sources.values():
                if not _is_table(query):
                    self.visit(query, settled.get(id(query), frozenset()), live, ctes)

    def _sources(self, select: exp.Select, ctes: dict[str, exp.CTE]) -> dict[str, exp.Expression]:
        items = [select.args["from_"].this] if select.args.get("from_") else []
        items += [join.this for join in select.args.get("joins") or ()]
        sources: dict[str, exp.Expression] = {}
        for item in items:
            alias = item.alias_or_name.lower()
            if isinstance(item, exp.Table) and not item.args.get("db") and item.name.lower() in ctes:
                cte = ctes[item.name.lower()]
                self.ctes_read.add(id(cte))
                sources[alias] = _unwrap(cte.this)
            elif isinstance(item, exp.Subquery | exp.Lateral):
                sources[alias] = _unwrap(item.this)
            else:
                sources[alias] = item
        return sources


def liveness(tree: exp.Expression, dialect: str, schema: PublishedSchema | None) -> Liveness:
    """What of `tree` is live, computed on a copy whose columns are qualified with their table where possible."""
    work = _qualified(tree, dialect, schema)
    result = Liveness(work)
    result.visit(_unwrap(work), ALL, None, {})
    return result


def _qualified(tree: exp.Expression, dialect: str, schema: PublishedSchema | None) -> exp.Expression:
    copy = tree.copy()
    try:
        return qualify(copy, schema=schema.mapping() if schema else None, dialect=dialect, expand_stars=False,
                       quote_identifiers=False, identify=False, validate_qualify_columns=False)
    except SqlglotError:
        return tree.copy()


def _frozen(needs: dict[int, set[str] | None]) -> dict[int, frozenset[str] | None]:
    return {key: None if names is None else frozenset(names) for key, names in needs.items()}


def _with(query: exp.Expression) -> list[exp.CTE]:
    with_ = query.args.get("with_")
    return list(with_.expressions) if with_ else []


def _unwrap(node: exp.Expression) -> exp.Expression:
    while isinstance(node, exp.Subquery | exp.Lateral | exp.Paren) and isinstance(node.this, exp.Expression):
        node = node.this
    return node


def _is_table(source: exp.Expression) -> bool:
    return not isinstance(source, exp.Query)


def _own_nodes(root: exp.Expression) -> Iterator[exp.Expression]:
    """`root` and its descendants, stopping at (but yielding) nested queries."""
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, exp.Query) and node is not root:
            continue
        stack.extend(child for child in node.iter_expressions())


def _inside(node: exp.Expression, root: exp.Expression) -> bool:
    parent = node.parent
    while parent is not None:
        if parent is root:
            return True
        if isinstance(parent, exp.Select):
            return False
        parent = parent.parent
    return False


def _alias_references(live: LiveSelect, projections: list[exp.Expression]) -> list[exp.Expression]:
    """Projections that a live clause or projection names by their alias (HAVING n > 1, QUALIFY rnk <= 3)."""
    by_alias = {p.alias.lower(): p for p in projections if p.alias}
    found: list[exp.Expression] = []
    seen = set(live.root_ids)
    pending = list(live.expressions)
    while pending:
        for column in pending.pop().find_all(exp.Column):
            target = by_alias.get(column.name.lower()) if not column.table else None
            if target is not None and id(target) not in seen:
                seen.add(id(target))
                found.append(target)
                pending.append(target)
    return found


def _need(live: LiveSelect, column: exp.Column) -> None:
    """Mark the column a reference reads as needed in the derived table or WITH query it comes from."""
    if column.table:
        found = live.source(column.table.lower())
        targets = [found] if found else []
    else:
        targets = [(q, live) for q in live.sources.values()]
    for query, owner in targets:
        if _is_table(query) or id(query) not in owner.needs:
            continue
        wanted = owner.needs[id(query)]
        if isinstance(column.this, exp.Star):
            owner.needs[id(query)] = None
        elif wanted is not None:
            wanted.add(column.name.lower())
