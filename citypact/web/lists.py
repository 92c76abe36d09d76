"""Every list of the API, the same way (Datasette's conventions).

``add_list`` gives a list three routes from one ``ListEndpoint``:

- ``/api/<name>``: a page of ``items`` with ``total``, ``next`` (the URL of the
  next page, filters kept) and ``facets`` (for each filter the list supports, its
  most frequent values in the filtered list, each with a URL that toggles it);
- ``/api/<name>.csv`` and ``/api/<name>.jsonl``: every row of the filtered list,
  streamed in the same order (``offset`` and ``limit`` apply when given).

The routes are built in a function, so their signatures are evaluated here
rather than postponed: no ``from __future__ import annotations`` in this module.
"""

import csv
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Annotated, Any, Generic, Literal, TypeVar

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel
from sqlalchemy.orm import Session, sessionmaker

from citypact.store import Facets, Filters, Page
from citypact.web.deps import PageDep, SessionDep, ViewCacheDep
from citypact.web.schemas import FacetValuePublic, PagePublic

F = TypeVar("F", bound=Filters)
R = TypeVar("R")
P = TypeVar("P", bound=BaseModel)

ExportFormat = Literal["csv", "jsonl"]
EXPORT_BATCH = 500
"""Rows read per query while an export streams."""
MEDIA_TYPES: dict[ExportFormat, str] = {"csv": "text/csv; charset=utf-8",
                                        "jsonl": "application/x-ndjson"}


@dataclass(frozen=True, slots=True)
class ListEndpoint(Generic[F, R, P]):
    """What a list is made of: its filters, its page and facet queries, its public model."""

    name: str
    """The path under the router: ``/api/<name>``."""
    summary: str
    filters: Callable[..., F]
    """The FastAPI dependency that reads the filters from the query string."""
    fetch: Callable[[Session, F, int, int], Page[R]]
    """``(session, filters, offset, limit)`` -> one page of records."""
    facets: Callable[[Session, F], Facets]
    public: Callable[[R], P]
    model: type[P]


def add_list(router: APIRouter, endpoint: ListEndpoint[F, R, P]) -> None:
    """Add the JSON list and its CSV and JSON Lines exports to the router."""
    page_model = _page_model(endpoint.model)

    def list_json(request: Request, session: SessionDep, page: PageDep, cache: ViewCacheDep,
                  filters: Annotated[F, Depends(endpoint.filters)]) -> PagePublic[Any]:
        found = endpoint.fetch(session, filters, page.offset, page.limit)
        # Facets count every filtered row (1.3 s for 100,000 partnerships), the same on
        # every page of a list: remembered until the data changes.
        facets = cache.view(session, endpoint.facets, filters)
        return page_model(
            items=[endpoint.public(record) for record in found.items], total=found.total,
            offset=found.offset, limit=found.limit,
            next=page.next_url(request, found.next_offset),
            facets=facets_public(request, filters, facets))

    router.add_api_route(f"/{endpoint.name}", list_json, methods=["GET"],
                         response_model=page_model, summary=endpoint.summary,
                         name=f"{endpoint.name}_list")
    for fmt in MEDIA_TYPES:
        router.add_api_route(f"/{endpoint.name}.{fmt}", _export_route(endpoint, fmt),
                             methods=["GET"], response_class=StreamingResponse,
                             summary=f"{endpoint.summary} ({fmt.upper()}, every row)",
                             name=f"{endpoint.name}_{fmt}")


def _page_model(model: type[BaseModel]) -> type[PagePublic[Any]]:
    """``PagePublic[model]``, so that the OpenAPI schema names the items' model."""
    return PagePublic[model]  # type: ignore[valid-type]


def _export_route(endpoint: ListEndpoint[F, R, P],
                  fmt: ExportFormat) -> Callable[..., StreamingResponse]:
    def export(request: Request, filters: Annotated[F, Depends(endpoint.filters)],
               offset: Annotated[int, Query(ge=0, description="Rows to skip.")] = 0,
               limit: Annotated[int | None, Query(ge=1, description="Rows at most "
                                                  "(default: all).")] = None,
               ) -> StreamingResponse:
        factory: sessionmaker[Session] = request.app.state.session_factory
        rows = _stream_rows(factory, lambda s, o, n: endpoint.fetch(s, filters, o, n),
                            offset, limit)
        items = (endpoint.public(record) for record in rows)
        lines = _csv_lines(endpoint.model, items) if fmt == "csv" else _jsonl_lines(items)
        return StreamingResponse(lines, media_type=MEDIA_TYPES[fmt])

    return export


def facets_public(request: Request, filters: Filters,
                  facets: Facets) -> dict[str, list[FacetValuePublic]]:
    """Each facet's counts, with the URL that selects a value (or unselects the selected)."""
    selected = filters.selected()
    public = {}
    for name, counts in facets.items():
        values = [(c.value, c.count) for c in counts]
        if name in selected and selected[name] not in {value for value, _ in values}:
            values.insert(0, (selected[name], 0))  # selected, though no row has it
        public[name] = [_facet_value(request, name, value, count, selected.get(name) == value)
                        for value, count in values]
    return public


def _facet_value(request: Request, name: str, value: str, count: int,
                 selected: bool) -> FacetValuePublic:
    url = request.url.remove_query_params(["offset", name])
    if not selected:
        url = url.include_query_params(**{name: value})
    return FacetValuePublic(value=value, count=count, selected=selected, toggle_url=str(url))


def _stream_rows(factory: sessionmaker[Session], fetch: Callable[[Session, int, int], Page[R]],
                 offset: int, limit: int | None) -> Iterator[R]:
    """Every row from ``offset`` (``limit`` at most), read a batch at a time.

    The first batch is read before the response starts, so that a failing query
    still answers with the error shape rather than a truncated 200.
    """
    session = factory()
    try:
        first = fetch(session, offset, _batch(limit))
    except BaseException:
        session.close()
        raise
    return _batches(session, fetch, first, limit)


def _batch(remaining: int | None) -> int:
    return EXPORT_BATCH if remaining is None else min(EXPORT_BATCH, remaining)


def _batches(session: Session, fetch: Callable[[Session, int, int], Page[R]], page: Page[R],
             limit: int | None) -> Iterator[R]:
    remaining = limit
    try:
        while True:
            yield from page.items
            if remaining is not None:
                remaining -= len(page.items)
            if page.next_offset is None or not page.items or remaining == 0:
                return
            page = fetch(session, page.next_offset, _batch(remaining))
    finally:
        session.close()


def _csv_lines(model: type[BaseModel], items: Iterator[BaseModel]) -> Iterator[str]:
    """A header of the model's fields, then one line per item; lists and objects as JSON."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")

    def line(values: list[Any]) -> str:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(values)
        return buffer.getvalue()

    columns = list(model.model_fields)
    yield line(columns)
    for item in items:
        data = item.model_dump(mode="json")
        yield line([_csv_cell(data[column]) for column in columns])


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (bool, list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _jsonl_lines(items: Iterator[BaseModel]) -> Iterator[str]:
    for item in items:
        yield item.model_dump_json() + "\n"

