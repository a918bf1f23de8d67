package acme.s3.versioning_test

import data.acme.s3.versioning

test_suspended_is_denied if {
	count(versioning.deny) == 1 with input as {"name": "data", "resource": {"versioning_configuration": [{"status": "Suspended"}]}}
}

test_enabled_passes if {
	count(versioning.deny) == 0 with input as {"name": "data", "resource": {"versioning_configuration": [{"status": "Enabled"}]}}
}

test_wrong_expectation if {
	count(versioning.deny) == 5 with input as {"name": "data", "resource": {"versioning_configuration": [{"status": "Suspended"}]}}
}
