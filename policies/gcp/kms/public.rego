# METADATA
# title: Cloud KMS key or key ring not public (allUsers / allAuthenticatedUsers)
# description: |
#   A key or key ring shared with allUsers or allAuthenticatedUsers lets
#   anyone use, or manage, the keys that protect training data, models and
#   secrets: decrypt with them, or destroy them.
# custom:
#   id: GCP-KMS-002
#   severity: critical
#   resource_types: [google_kms_crypto_key_iam_member, google_kms_crypto_key_iam_binding, google_kms_crypto_key_iam_policy, google_kms_key_ring_iam_member, google_kms_key_ring_iam_binding, google_kms_key_ring_iam_policy]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [DP-6]
#     cis-gcp: ["1.9"]
#   remediation:
#     terraform: >-
#       Remove `allUsers` and `allAuthenticatedUsers` from the key's (or key ring's) IAM members; grant `roles/cloudkms.cryptoKeyEncrypterDecrypter` to the service agents that use the key only.
#   fix:
#     none: the key users have to be granted access before the public member is removed
#   since: 0.2.0
package posture.gcp.kms.public

import data.posture.lib.gcp
import data.posture.lib.terraform

what := "key ring" if startswith(input.type, "google_kms_key_ring_")

else := "key"

deny contains {"msg": msg, "path": g.path} if {
	some g in gcp.public_grants
	msg := sprintf("%s makes the Cloud KMS %s public: %s is granted %s.", [
		terraform.label, what, g.member, gcp.role_desc(g.role),
	])
}
