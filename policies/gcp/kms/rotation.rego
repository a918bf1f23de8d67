# METADATA
# title: Cloud KMS symmetric key rotated at least every 90 days
# description: |
#   Automatic rotation limits how much data one key version protects and
#   how long a leaked version stays useful. A symmetric key has no rotation
#   unless rotation_period is set; CIS asks for 90 days at most.
#   Asymmetric keys, imported key material and external (EKM) keys cannot
#   rotate automatically and are not checked.
# custom:
#   id: GCP-KMS-001
#   severity: medium
#   resource_types: [google_kms_crypto_key]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-6]
#     cis-gcp: ["1.10"]
#   remediation:
#     terraform: >-
#       Set `rotation_period = "7776000s"` (90 days) or shorter on the key.
#   fix:
#     terraform: {set: {rotation_period: "7776000s"}}
#   since: 0.2.0
package posture.gcp.kms.rotation

import data.posture.lib
import data.posture.lib.terraform

max_seconds := 7776000

# Keys Cloud KMS rotates itself: symmetric ones whose material it
# generates. Imported key material (import_only) and keys held in an
# external key manager (protection level EXTERNAL, EXTERNAL_VPC) are
# rotated by whoever holds the material.
symmetric if {
	object.get(input.resource, "purpose", "ENCRYPT_DECRYPT") == "ENCRYPT_DECRYPT"
	object.get(input.resource, "import_only", false) != true
	not object.get(input.resource, ["version_template", 0, "protection_level"], "SOFTWARE") in {"EXTERNAL", "EXTERNAL_VPC"}
	lib.known("import_only")
	lib.known_under("version_template")
}

deny contains {"msg": msg, "path": ["rotation_period"]} if {
	symmetric
	lib.known("purpose")
	not input.resource.rotation_period
	msg := sprintf("Cloud KMS key %s is never rotated: rotation_period is not set.", [terraform.label])
}

deny contains {"msg": msg, "path": ["rotation_period"]} if {
	symmetric
	lib.known("purpose")
	period := input.resource.rotation_period
	seconds := to_number(trim_suffix(period, "s"))
	seconds > max_seconds
	msg := sprintf("Cloud KMS key %s is rotated only every %d days: rotation_period = %q (at most 90 days, \"7776000s\").", [
		terraform.label, round(seconds / 86400), period,
	])
}
