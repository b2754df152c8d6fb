"""Approval requests: the supervisors' queue and the watcher that brings answers to the agent."""
