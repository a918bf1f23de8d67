# METADATA
# title: Azure Cache for Redis requires TLS 1.2 or newer
# description: |
#   TLS 1.0 and 1.1 are deprecated and open to downgrade attacks. A cache
#   that still declares them as its minimum version states an intent the
#   service no longer honours for new caches and that existing caches may
#   still apply.
# custom:
#   id: AZ-RED-002
#   severity: medium
#   resource_types: [Microsoft.Cache/redis]
#   formats: [terraform, arm]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#   remediation:
#     terraform: >-
#       Set `minimum_tls_version = "1.2"`.
#     arm: >-
#       Set `"minimumTlsVersion": "1.2"` in `properties`.
#   fix:
#     terraform:
#       set: {minimum_tls_version: "1.2"}
#     arm:
#       set: {properties.minimumTlsVersion: "1.2"}
#   since: 0.2.0
package posture.azure.redis.min_tls

import data.posture.lib

path := ["properties", "minimumTlsVersion"]

deny contains {"msg": msg, "path": path} if {
	value := object.get(input.resource, path, "1.2")
	is_string(value)
	lower(value) in {"1.0", "1.1"}
	msg := sprintf("Redis cache %s accepts TLS versions older than 1.2: %s.", [lib.label, lib.found(path, "")])
}
