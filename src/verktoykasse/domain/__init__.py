"""Domain rules of the method: vocabulary, validation, templates, example plan. No Qt widgets here."""
