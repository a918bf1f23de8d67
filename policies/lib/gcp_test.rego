package posture.lib.gcp_test

import data.posture.lib.gcp

test_default_compute_sa if {
	gcp.default_compute_sa("default")
	gcp.default_compute_sa("123456789-compute@developer.gserviceaccount.com")
	not gcp.default_compute_sa("trainer@project.iam.gserviceaccount.com")
	not gcp.default_compute_sa(null)
}

# --- firewall rules ---

firewall(resource) := {"type": "google_compute_firewall", "resource": resource, "unknown": {}}

ssh_from_anywhere := firewall({
	"source_ranges": ["10.0.0.0/8", "0.0.0.0/0"],
	"allow": [{"protocol": "tcp", "ports": ["22", "8000-9000"]}, {"protocol": "all"}],
})

test_ingress_from_internet_by_range if {
	gcp.ingress_from_internet with input as ssh_from_anywhere
	gcp.source_path == ["source_ranges", 1] with input as ssh_from_anywhere
	gcp.source_desc == `source_ranges contains "0.0.0.0/0"` with input as ssh_from_anywhere
}

test_ingress_from_internet_without_a_source if {
	# No source at all: GCP allows 0.0.0.0/0.
	open := firewall({"allow": [{"protocol": "tcp"}]})
	gcp.ingress_from_internet with input as open
	gcp.source_path == ["source_ranges"] with input as open
	gcp.source_desc == "no source is set (GCP then allows 0.0.0.0/0)" with input as open
}

test_not_ingress_from_internet if {
	not gcp.ingress_from_internet with input as firewall({"source_ranges": ["10.0.0.0/8"]})
	not gcp.ingress_from_internet with input as firewall({"source_tags": ["web"]})
	not gcp.ingress_from_internet with input as firewall({"direction": "EGRESS", "source_ranges": ["0.0.0.0/0"]})
	not gcp.ingress_from_internet with input as firewall({"disabled": true, "source_ranges": ["0.0.0.0/0"]})
}

test_not_ingress_from_internet_when_unknown if {
	# Unknown sources might be anything: no source is not concluded.
	not gcp.ingress_from_internet with input as {"type": "google_compute_firewall", "resource": {}, "unknown": {"source_ranges": true}}
	not gcp.ingress_from_internet with input as {"type": "google_compute_firewall", "resource": {"source_ranges": ["0.0.0.0/0"]}, "unknown": {"disabled": true}}
}

test_allows if {
	gcp.allows == {
		{"i": 0, "protocol": "tcp", "ports": ["22", "8000-9000"]},
		{"i": 1, "protocol": "all", "ports": []},
	} with input as ssh_from_anywhere
}

test_covers if {
	gcp.covers({"protocol": "tcp", "ports": ["22", "8000-9000"]}, 22)
	gcp.covers({"protocol": "tcp", "ports": ["22", "8000-9000"]}, 8080)
	not gcp.covers({"protocol": "tcp", "ports": ["22", "8000-9000"]}, 3389)
	gcp.covers({"protocol": "tcp", "ports": []}, 3389)
}

test_all_ports if {
	gcp.all_ports({"protocol": "all", "ports": ["22"]})
	gcp.all_ports({"protocol": "tcp", "ports": []})
	gcp.all_ports({"protocol": "udp", "ports": ["1-65535"]})
	not gcp.all_ports({"protocol": "tcp", "ports": ["22"]})
	not gcp.all_ports({"protocol": "icmp", "ports": []})
}

test_ports_desc if {
	gcp.ports_desc({"protocol": "tcp", "ports": []}) == `protocol "tcp" on every port`
	gcp.ports_desc({"protocol": "tcp", "ports": ["22", 3389]}) == `protocol "tcp" on ports 22, 3389`
}

# --- IAM policy data ---

test_policy_bindings_of_a_string if {
	bs := gcp.policy_bindings with input as {"resource": {"policy_data": `{"bindings": [{"role": "roles/owner", "members": ["allUsers"]}]}`}}
	bs == {{"role": "roles/owner", "members": ["allUsers"], "index": 0, "path": ["policy_data", "bindings", 0]}}
}

test_policy_bindings_of_a_partly_known_document if {
	bs := gcp.policy_bindings with input as {"resource": {"policy_data": {"bindings": [{"role": "roles/viewer"}, "x"]}}}
	bs == {{"role": "roles/viewer", "members": [], "index": 0, "path": ["policy_data", "bindings", 0]}}
}

test_public_members if {
	"allUsers" in gcp.public_members
	"allAuthenticatedUsers" in gcp.public_members
}

# --- public grants ---

test_public_grants_of_each_iam_resource_kind if {
	member := {"type": "google_pubsub_topic_iam_member", "resource": {"role": "roles/pubsub.publisher", "member": "allUsers"}, "unknown": {}}
	gcp.public_grants == {{"member": "allUsers", "role": "roles/pubsub.publisher", "path": ["member"]}} with input as member

	binding := {"type": "google_kms_crypto_key_iam_binding", "resource": {"role": "roles/cloudkms.cryptoKeyDecrypter", "members": ["group:ml@example.com", "allAuthenticatedUsers"]}, "unknown": {}}
	gcp.public_grants == {{"member": "allAuthenticatedUsers", "role": "roles/cloudkms.cryptoKeyDecrypter", "path": ["members", 1]}} with input as binding

	policy := {"type": "google_secret_manager_secret_iam_policy", "resource": {"policy_data": `{"bindings":[{"role":"roles/secretmanager.secretAccessor","members":["allUsers"]}]}`}, "unknown": {}}
	gcp.public_grants == {{"member": "allUsers", "role": "roles/secretmanager.secretAccessor", "path": ["policy_data", "bindings", 0, "members", 0]}} with input as policy
}

test_no_public_grant_for_named_members if {
	member := {"type": "google_pubsub_topic_iam_member", "resource": {"role": "roles/pubsub.publisher", "member": "user:a@example.com"}, "unknown": {}}
	count(gcp.public_grants) == 0 with input as member
}

test_credential_env if {
	gcp.credential_env("OPENAI_API_KEY", "sk-proj-0123456789abcdef")
	not gcp.credential_env("OPENAI_API_KEY", "projects/ml/secrets/openai/versions/latest")
	not gcp.credential_env("OPENAI_API_KEY_SECRET_NAME", "openai-api-key")
	not gcp.credential_env("MODEL_NAME", "gemini-2.0-flash-001")
}
