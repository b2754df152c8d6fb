"""Paper: PDF preview, printing and saving of notes, vouchers and case sheets."""
