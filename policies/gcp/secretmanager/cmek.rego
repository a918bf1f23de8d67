# METADATA
# title: Secret Manager secret encrypted with a customer-managed key
# description: |
#   Secrets hold model provider API keys, database passwords and tokens. A
#   Cloud KMS key on every replica gives the organisation control over
#   rotation and revocation of the encryption; without one Google-managed
#   keys are used.
# custom:
#   id: GCP-SM-002
#   severity: medium
#   resource_types: [google_secret_manager_secret]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-5]
#   remediation:
#     terraform: >-
#       Add `customer_managed_encryption { kms_key_name = ... }` to `replication.auto`, or to every `replication.user_managed.replicas` entry (with a key in the replica's region).
#   fix:
#     none: a Cloud KMS key has to exist in each replica location and the Secret Manager service agent be allowed to use it
#   since: 0.2.0
package posture.gcp.secretmanager.cmek

import data.posture.lib
import data.posture.lib.terraform

replication := input.resource.replication[0]

cmek(block) if object.get(block, ["customer_managed_encryption", 0, "kms_key_name"], "") != ""

# Automatic replication (replication.auto, or the legacy automatic = true).
deny contains {"msg": msg, "path": path} if {
	auto := object.get(replication, ["auto", 0], null)
	auto != null
	not cmek(auto)
	path := ["replication", 0, "auto", 0, "customer_managed_encryption"]
	msg := sprintf("Secret %s is not encrypted with a customer-managed key: replication.auto has no customer_managed_encryption (Google-managed keys are used).", [terraform.label])
}

deny contains {"msg": msg, "path": ["replication", 0, "automatic"]} if {
	replication.automatic == true
	msg := sprintf("Secret %s is not encrypted with a customer-managed key: replication.automatic = true uses Google-managed keys.", [terraform.label])
}

deny contains {"msg": msg, "path": path} if {
	some i, replica in object.get(replication, ["user_managed", 0, "replicas"], [])
	lib.known_under(sprintf("replication[0].user_managed[0].replicas[%d]", [i]))
	not cmek(replica)
	path := ["replication", 0, "user_managed", 0, "replicas", i, "customer_managed_encryption"]
	msg := sprintf("Secret %s is not encrypted with a customer-managed key: the replica in %s has no customer_managed_encryption.", [
		terraform.label, json.marshal(object.get(replica, "location", "?")),
	])
}
