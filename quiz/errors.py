"""Provides the application's error types for input a user can fix (reported as one line, exit 1)."""


class QuizError(Exception):
    """Input the user can fix; the message says where and why."""


class DatabaseError(QuizError):
    """The database file cannot be opened or created."""
