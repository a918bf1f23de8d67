# Helpers for Google Cloud policies. GCP resources keep their Terraform
# type and attributes; nested blocks are lists of objects
# (docs/CONTRACT.md), and posture.lib.terraform names and renders them in
# messages.
package posture.lib.gcp

import data.posture.lib
import data.posture.lib.aws

# default_compute_sa holds for the Compute Engine default service account
# (PROJECT_NUMBER-compute@developer.gserviceaccount.com) or "default".
default_compute_sa(email) if email == "default"

default_compute_sa(email) if {
	is_string(email)
	endswith(email, "-compute@developer.gserviceaccount.com")
}

# public_members are the IAM members that mean anyone.
public_members := {"allUsers", "allAuthenticatedUsers"}

# Firewall rules ---------------------------------------------------------------

internet_ranges := {"0.0.0.0/0", "::/0"}

# ingress_from_internet holds for an enabled ingress firewall rule whose
# source is the whole internet: a source range 0.0.0.0/0 or ::/0, or no
# source at all (GCP then uses 0.0.0.0/0).
ingress_from_internet if {
	input.type == "google_compute_firewall"
	upper(object.get(input.resource, "direction", "INGRESS")) == "INGRESS"
	object.get(input.resource, "disabled", false) != true
	lib.known("direction")
	lib.known("disabled")
	internet_source
}

internet_source if {
	some r in input.resource.source_ranges
	r in internet_ranges
}

internet_source if {
	lib.known("source_ranges")
	lib.known("source_tags")
	lib.known("source_service_accounts")
	count(object.get(input.resource, "source_ranges", [])) == 0
	count(object.get(input.resource, "source_tags", [])) == 0
	count(object.get(input.resource, "source_service_accounts", [])) == 0
}

# source_path is where the internet source is written (or the header).
source_path := ["source_ranges", i] if {
	some i, r in input.resource.source_ranges
	r in internet_ranges
} else := ["source_ranges"]

# source_desc renders the internet source for messages.
source_desc := sprintf("source_ranges contains %q", [r]) if {
	some r in input.resource.source_ranges
	r in internet_ranges
} else := "no source is set (GCP then allows 0.0.0.0/0)"

# allows are the allow blocks with their index.
allows contains {"i": i, "protocol": lower(sprintf("%v", [object.get(a, "protocol", "")])), "ports": object.get(a, "ports", [])} if {
	some i, a in input.resource.allow
}

# covers(a, port) holds when an allow block's ports include port (no ports
# means every port).
covers(a, _) if count(a.ports) == 0

covers(a, port) if {
	some p in a.ports
	lib.port_range_covers(sprintf("%v", [p]), port)
}

# all_ports holds for an allow block that opens every port.
all_ports(a) if a.protocol == "all"

all_ports(a) if {
	a.protocol in {"tcp", "udp", "sctp", "6", "17"}
	count(a.ports) == 0
}

all_ports(a) if {
	a.protocol in {"tcp", "udp", "sctp", "6", "17"}
	some p in a.ports
	parts := split(sprintf("%v", [p]), "-")
	count(parts) == 2
	to_number(trim_space(parts[0])) <= 1
	to_number(trim_space(parts[1])) >= 65535
}

# ports_desc renders an allow block for messages.
ports_desc(a) := sprintf("protocol %q on every port", [a.protocol]) if count(a.ports) == 0

else := sprintf("protocol %q on ports %s", [a.protocol, concat(", ", [sprintf("%v", [p]) | some p in a.ports])])

# IAM policy data ----------------------------------------------------------------

# policy_bindings are the bindings of a policy_data attribute
# (google_*_iam_policy): a JSON string, or the decoded document when it is
# only partly known (google_iam_policy naming another resource's email).
# Each is {"role", "members", "index", "path"}, path being the binding's.
policy_bindings contains b if {
	doc := _policy_document(input.resource.policy_data)
	some i, binding in object.get(doc, "bindings", [])
	is_object(binding)
	b := {
		"role": object.get(binding, "role", null),
		"members": object.get(binding, "members", []),
		"index": i,
		"path": ["policy_data", "bindings", i],
	}
}

_policy_document(s) := json.unmarshal(s) if {
	is_string(s)
	json.is_valid(s)
}

_policy_document(o) := o if is_object(o)

# Public IAM grants ----------------------------------------------------------------

# public_grants are the grants to allUsers or allAuthenticatedUsers made by
# a google_*_iam_member, google_*_iam_binding or google_*_iam_policy
# resource, whatever the service: {"member", "role", "path"}, path being
# the member's own (role is null when the policy leaves it out).
public_grants contains {"member": m, "role": object.get(input.resource, "role", null), "path": ["member"]} if {
	endswith(input.type, "_iam_member")
	m := input.resource.member
	m in public_members
}

public_grants contains {"member": m, "role": object.get(input.resource, "role", null), "path": ["members", i]} if {
	endswith(input.type, "_iam_binding")
	some i, m in input.resource.members
	m in public_members
}

public_grants contains {"member": m, "role": b.role, "path": array.concat(b.path, ["members", j])} if {
	endswith(input.type, "_iam_policy")
	some b in policy_bindings
	some j, m in b.members
	m in public_members
}

# role_desc renders a grant's role for messages.
role_desc(r) := r if is_string(r)

else := "a role"

# Credentials in environment variables ------------------------------------------

# credential_env(name, value) holds for a literal environment variable that
# carries a credential by its name (OPENAI_API_KEY, DB_PASSWORD, HF_TOKEN)
# with a value that could be one. The name and value tests are the
# provider-neutral ones of posture.lib.aws; a Secret Manager resource name
# (projects/…/secrets/…, sm://…) is a reference, not a credential.
credential_env(name, value) if {
	aws.credential_name(name)
	aws.credential_value(value)
	not startswith(value, "projects/")
	not startswith(value, "sm://")
}
