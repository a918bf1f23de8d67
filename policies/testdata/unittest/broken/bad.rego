package acme.broken

deny contains msg if {
