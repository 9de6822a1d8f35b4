"""Actors: recognise spans naming political actors and resolve them."""

from .gazetteer import Gazetteer, load_gazetteer
from .recognise import Candidates, Recogniser
from .resolve import Context, resolve

__all__ = ["Candidates", "Context", "Gazetteer", "Recogniser", "load_gazetteer", "resolve"]
