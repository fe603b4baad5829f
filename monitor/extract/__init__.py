"""Fact extraction from one news article (work in progress)."""
