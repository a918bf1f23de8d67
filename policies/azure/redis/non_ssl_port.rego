# METADATA
# title: Azure Cache for Redis accepts TLS connections only
# description: |
#   The non-TLS port 6379 carries the access key, cached prompts, embeddings
#   and session data in clear text. Clients must connect on the TLS port
#   6380.
# custom:
#   id: AZ-RED-001
#   severity: high
#   resource_types: [Microsoft.Cache/redis]
#   formats: [terraform, arm]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#   defender: Only secure connections to your Azure Cache for Redis should be enabled
#   remediation:
#     terraform: >-
#       Set `non_ssl_port_enabled = false` (azurerm v3: `enable_non_ssl_port = false`), or leave it out: the default is false.
#     arm: >-
#       Set `"enableNonSslPort": false` in `properties`, or leave it out.
#   fix:
#     terraform:
#       none: "the attribute is non_ssl_port_enabled from azurerm 4.0 and enable_non_ssl_port before: set the one the provider version knows to false"
#     arm:
#       set: {properties.enableNonSslPort: false}
#   since: 0.2.0
package posture.azure.redis.non_ssl_port

import data.posture.lib

path := ["properties", "enableNonSslPort"]

deny contains {"msg": msg, "path": path} if {
	value := object.get(input.resource, path, false)
	value == true
	msg := sprintf("Redis cache %s accepts unencrypted connections on port 6379: %s.", [lib.label, lib.found(path, "")])
}
