"""The few exception types the product raises. The CLI turns them into one clear line."""


class AssistantError(Exception):
    """A problem the user can fix; the message says how."""


class InputError(AssistantError):
    """A file, path or question that cannot be used."""


class IndexProblem(AssistantError):
    """The index is missing, empty, locked, corrupt or built with other settings."""


class LLMError(AssistantError):
    """The configured LLM server failed, timed out or answered garbage."""
