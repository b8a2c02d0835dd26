"""A bookstore API in FastAPI: lists come in an envelope `{items, total, page, limit}`, ids are UUID strings."""

from __future__ import annotations

import json
import os
from typing import Annotated

import security
from fastapi import Depends, FastAPI, HTTPException, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from models import BookIn, Credentials, RefreshRequest, Registration
from starlette.exceptions import HTTPException as StarletteHTTPException
from store import store

app = FastAPI(title="Bookstore")
CurrentUser = Annotated[dict, Depends(security.current_user)]
AdminUser = Annotated[dict, Depends(security.admin_user)]
MAX_LIMIT = 100


@app.exception_handler(StarletteHTTPException)
async def http_error(_request: Request, error: StarletteHTTPException) -> JSONResponse:
    return JSONResponse({"detail": str(error.detail)}, status_code=error.status_code, headers=error.headers)


def not_json(problem: dict) -> bool:
    """True for the complaint about a body that is not JSON at all (with or without a JSON content type)."""
    if problem["type"] == "json_invalid":
        return True
    body = problem.get("input")
    if tuple(problem["loc"]) != ("body",) or not isinstance(body, bytes | str):
        return False
    try:
        json.loads(body)
    except ValueError:
        return True
    return False


@app.exception_handler(RequestValidationError)
async def invalid_request(_request: Request, error: RequestValidationError) -> JSONResponse:
    problems = error.errors()
    if any(not_json(problem) for problem in problems):
        return JSONResponse({"detail": "The request body is not valid JSON"}, status_code=400)
    detail = "; ".join(f"{'.'.join(map(str, problem['loc'][1:])) or 'body'}: {problem['msg']}" for problem in problems)
    return JSONResponse({"detail": detail}, status_code=422)


@app.get("/health")
def health() -> dict:
    return {"status": "ok"}


def found(book_id: str) -> dict:
    book = store.books.get(book_id)
    if book is None:
        raise HTTPException(status_code=404, detail=f"Book {book_id} not found")
    return book


@app.get("/books")
def list_books(author: str | None = None, genre: str | None = None,
               page: int = Query(1, ge=1, le=10**9), limit: int = Query(10, ge=1)) -> dict:
    limit = min(limit, MAX_LIMIT)
    books = store.matching_books(author, genre)
    start = (page - 1) * limit
    return {"items": books[start:start + limit], "total": len(books), "page": page, "limit": limit}


@app.post("/books", status_code=201)
def create_book(book: BookIn, _user: CurrentUser) -> dict:
    return store.add_book(book.model_dump())


@app.get("/books/{book_id}")
def get_book(book_id: str) -> dict:
    return found(book_id)


@app.put("/books/{book_id}")
def replace_book(book_id: str, book: BookIn, _user: CurrentUser) -> dict:
    found(book_id)
    return store.replace_book(book_id, book.model_dump())


@app.patch("/books/{book_id}")
def patch_book(book_id: str, changes: dict, _user: CurrentUser) -> dict:
    merged = {**found(book_id), **changes}
    try:
        book = BookIn.model_validate(merged)
    except ValueError as error:
        raise RequestValidationError(error.errors(include_url=False)) from None
    return store.replace_book(book_id, book.model_dump())


@app.delete("/books/{book_id}", status_code=204)
def delete_book(book_id: str, _admin: AdminUser) -> Response:
    if not store.remove_book(book_id):
        raise HTTPException(status_code=404, detail=f"Book {book_id} not found")
    return Response(status_code=204)


@app.post("/auth/register", status_code=201)
def register(account: Registration) -> dict:
    user = store.add_user(account.email, security.hash_password(account.password), account.name, "user")
    if user is None:
        raise HTTPException(status_code=409, detail="Email already registered")
    return security.public(user)


@app.post("/auth/login")
def login(credentials: Credentials) -> dict:
    user = store.user_by_email(credentials.email)
    if user is None or not security.verify_password(credentials.password, user["password_hash"]):
        raise security.unauthorized("Incorrect email or password")
    return {"access_token": security.access_token(user["id"]), "token_type": "bearer",
            "refresh_token": store.new_refresh_token(user["id"], security.REFRESH_LIFETIME)}


@app.post("/auth/refresh")
def refresh(body: RefreshRequest) -> dict:
    user_id = store.user_of_refresh_token(body.refresh_token)
    if user_id is None:
        raise security.unauthorized("Invalid or expired refresh token")
    return {"access_token": security.access_token(user_id), "token_type": "bearer"}


@app.get("/auth/me")
def me(user: CurrentUser) -> dict:
    return security.public(user)


def seed_admin() -> None:
    """The admin account from ADMIN_EMAIL / ADMIN_PASSWORD, when both are set."""
    email, password = os.environ.get("ADMIN_EMAIL"), os.environ.get("ADMIN_PASSWORD")
    if email and password:
        store.add_user(email.strip().lower(), security.hash_password(password), "Admin", "admin")


seed_admin()

if __name__ == "__main__":
    import uvicorn

    uvicorn.run(app, host=os.environ.get("HOST", "127.0.0.1"), port=int(os.environ.get("PORT", "8000")))
