"""Request bodies, validated by pydantic in strict mode: a price must be a number, a year a whole number."""

from __future__ import annotations

import datetime
import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class BookIn(BaseModel):
    """A whole book as a client sends it; unknown fields, `id` included, are ignored."""

    model_config = ConfigDict(strict=True, extra="ignore")

    title: Title
    author: Text
    genre: Text
    price: float = Field(ge=0, allow_inf_nan=False)
    published_year: int | None = None
    isbn: str | None = None

    @field_validator("published_year")
    @classmethod
    def year_in_range(cls, year: int | None) -> int | None:
        this_year = datetime.date.today().year
        if year is not None and not 1000 <= year <= this_year:
            raise ValueError(f"must be from 1000 to {this_year}")
        return year


class Registration(BaseModel):
    """A sign-up; a `role` sent along is ignored."""

    model_config = ConfigDict(strict=True, extra="ignore")

    email: str
    password: str = Field(min_length=8)
    name: str | None = None

    @field_validator("password")
    @classmethod
    def hashable(cls, password: str) -> str:
        if len(password.encode()) > 72:
            raise ValueError("must be at most 72 bytes (bcrypt hashes no more)")
        return password

    @field_validator("email")
    @classmethod
    def looks_like_email(cls, email: str) -> str:
        if not EMAIL.match(email.strip()):
            raise ValueError("is not a valid email address")
        return email.strip().lower()


class Credentials(BaseModel):
    """What a client logs in with."""

    email: str
    password: str


class RefreshRequest(BaseModel):
    """A refresh token to trade for a new access token."""

    refresh_token: str
