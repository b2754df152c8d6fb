"""Pure rules of the business: money, enumerations, state machines. No database, no Qt, no I/O."""
