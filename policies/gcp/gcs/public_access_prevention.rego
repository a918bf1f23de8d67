# METADATA
# title: Cloud Storage public access prevention enforced
# description: |
#   Public access prevention is a hard stop against allUsers and
#   allAuthenticatedUsers grants on buckets holding training data, datasets
#   and model artifacts. "inherited" only protects the bucket when an
#   organization policy enforces it.
# custom:
#   id: GCP-GCS-002
#   severity: medium
#   resource_types: [google_storage_bucket]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   remediation:
#     terraform: >-
#       Set `public_access_prevention = "enforced"` on the bucket.
#   fix:
#     terraform: {set: {public_access_prevention: "enforced"}}
#   since: 0.1.0
package posture.gcp.gcs.public_access_prevention

deny contains {"msg": msg, "path": ["public_access_prevention"]} if {
	value := object.get(input.resource, "public_access_prevention", "inherited")
	value != "enforced"
	msg := sprintf("Storage bucket %q does not enforce public access prevention: public_access_prevention %s.", [input.name, state(value)])
}

state(value) := sprintf("is %q", [value]) if input.resource.public_access_prevention

else := "is not set (inherited from the organization policy)"
