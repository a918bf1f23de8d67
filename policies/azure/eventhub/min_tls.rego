# METADATA
# title: Event Hubs namespace requires TLS 1.2 or newer
# description: |
#   TLS 1.0 and 1.1 are deprecated and open to downgrade attacks on the
#   messages of AI pipelines.
# custom:
#   id: AZ-EH-003
#   severity: medium
#   resource_types: [Microsoft.EventHub/namespaces]
#   formats: [terraform, arm]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#   remediation:
#     terraform: >-
#       Set `minimum_tls_version = "1.2"`, or leave it out: the default is 1.2.
#     arm: >-
#       Set `"minimumTlsVersion": "1.2"` in `properties`.
#   fix:
#     terraform:
#       set: {minimum_tls_version: "1.2"}
#     arm:
#       set: {properties.minimumTlsVersion: "1.2"}
#   since: 0.2.0
package posture.azure.eventhub.min_tls

import data.posture.lib

path := ["properties", "minimumTlsVersion"]

deny contains {"msg": msg, "path": path} if {
	value := object.get(input.resource, path, "1.2")
	is_string(value)
	lower(value) in {"1.0", "1.1"}
	msg := sprintf("Event Hubs namespace %s accepts TLS versions older than 1.2: %s.", [lib.label, lib.found(path, "")])
}
