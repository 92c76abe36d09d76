"""citypact: a knowledge base of city-to-city cooperation, read from the news."""

__version__ = "0.1.0"
