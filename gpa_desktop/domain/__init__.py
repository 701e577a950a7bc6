"""Plain values and rules of the plan. No Qt, no SQLAlchemy."""
