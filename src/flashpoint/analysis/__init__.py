"""Analysis over coded articles: dyadic tension, blocs and balance of power."""
