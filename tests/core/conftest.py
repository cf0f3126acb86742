"""Shared fixtures: the real fact base and answer engine, loaded once per session."""

from __future__ import annotations

import pytest

from bot.core.requests import Caller
from bot.core.service import Core, build_core
from briefings.loader import load
from briefings.model import FactBase


@pytest.fixture(scope="session")
def base() -> FactBase:
    return load().base


@pytest.fixture(scope="session")
def core(base: FactBase) -> Core:
    return build_core(base=base)


@pytest.fixture
def manager() -> Caller:
    return Caller(platform="slack", workspace="T1", channel="C1", user="U1", can_manage=True)


@pytest.fixture
def member() -> Caller:
    return Caller(platform="slack", workspace="T1", channel="C1", user="U2", can_manage=False)
