# METADATA
# title: Cloud Storage bucket not public
# description: |
#   A grant to allUsers or allAuthenticatedUsers lets anyone, or any Google
#   account, read or change the datasets and models in the bucket.
# custom:
#   id: GCP-GCS-003
#   severity: critical
#   resource_types: [google_storage_bucket_iam_member, google_storage_bucket_iam_binding, google_storage_bucket_iam_policy, google_storage_bucket_acl, google_storage_default_object_acl]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#     cis-gcp: ["5.1"]
#   remediation:
#     terraform: >-
#       Remove `allUsers` and `allAuthenticatedUsers` from the bucket's IAM members and ACL entities; grant named users, groups or service accounts instead (and enforce `public_access_prevention`).
#   since: 0.1.0
package posture.gcp.gcs.not_public

import data.posture.lib.gcp
import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["member"]} if {
	input.type == "google_storage_bucket_iam_member"
	input.resource.member in gcp.public_members
	msg := sprintf("%s makes the bucket public: %s with role %s.", [
		terraform.label, terraform.found(["member"], ""), json.marshal(object.get(input.resource, "role", "")),
	])
}

deny contains {"msg": msg, "path": ["members", i]} if {
	input.type == "google_storage_bucket_iam_binding"
	some i, m in input.resource.members
	m in gcp.public_members
	msg := sprintf("%s makes the bucket public: members contains %q with role %s.", [
		terraform.label, m, json.marshal(object.get(input.resource, "role", "")),
	])
}

deny contains {"msg": msg, "path": array.concat(b.path, ["members", j])} if {
	input.type == "google_storage_bucket_iam_policy"
	some b in gcp.policy_bindings
	some j, m in b.members
	m in gcp.public_members
	msg := sprintf("%s makes the bucket public: policy_data grants %s to %q.", [
		terraform.label, role_desc(b.role), m,
	])
}

deny contains {"msg": msg, "path": ["role_entity", i]} if {
	input.type in {"google_storage_bucket_acl", "google_storage_default_object_acl"}
	some i, e in input.resource.role_entity
	parts := split(e, ":")
	count(parts) == 2
	parts[1] in gcp.public_members
	msg := sprintf("%s makes the bucket%s public: role_entity contains %q.", [terraform.label, objects, e])
}

objects := "'s new objects" if input.type == "google_storage_default_object_acl"

else := ""

role_desc(r) := r if is_string(r)

else := "a role"
