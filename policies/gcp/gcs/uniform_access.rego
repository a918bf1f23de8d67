# METADATA
# title: Cloud Storage uniform bucket-level access
# description: |
#   With fine-grained access, object ACLs grant access outside IAM and make
#   a public object easy to create by mistake. uniform_bucket_level_access
#   defaults to false.
# custom:
#   id: GCP-GCS-001
#   severity: medium
#   resource_types: [google_storage_bucket]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [PA-7]
#     cis-gcp: ["5.2"]
#   remediation:
#     terraform: >-
#       Set `uniform_bucket_level_access = true`.
#   fix:
#     terraform: {set: {uniform_bucket_level_access: true}}
#   since: 0.1.0
package posture.gcp.gcs.uniform_access

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["uniform_bucket_level_access"]} if {
	object.get(input.resource, "uniform_bucket_level_access", false) != true
	msg := sprintf("Storage bucket %s allows object ACLs: %s.", [
		terraform.label, terraform.found(["uniform_bucket_level_access"], "the default is false"),
	])
}
