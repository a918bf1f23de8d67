# METADATA
# title: Azure Cache for Redis access keys disabled
# description: |
#   Access keys are static shared secrets that grant full access to the
#   cache and bypass Microsoft Entra ID. With access key authentication
#   disabled, clients authenticate with Entra ID tokens.
# custom:
#   id: AZ-RED-004
#   severity: high
#   resource_types: [Microsoft.Cache/redis]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-1]
#   defender: Azure Cache for Redis should not use access keys for authentication
#   remediation:
#     terraform: >-
#       Set `access_keys_authentication_enabled = false` and `redis_configuration { active_directory_authentication_enabled = true }`, and give clients an access policy assignment.
#     arm: >-
#       Set `"disableAccessKeyAuthentication": true` and `"redisConfiguration": {"aad-enabled": "true"}` in `properties`.
#   fix:
#     terraform:
#       none: "access keys can be disabled only once Entra ID authentication is on and every client uses it"
#     arm:
#       none: "access keys can be disabled only once Entra ID authentication is on and every client uses it"
#   since: 0.2.0
package posture.azure.redis.access_keys_disabled

import data.posture.lib

path := ["properties", "disableAccessKeyAuthentication"]

deny contains {"msg": msg, "path": path} if {
	value := object.get(input.resource, path, false)
	value != true
	msg := sprintf("Redis cache %s accepts access keys: %s.", [lib.label, lib.found(path, "access keys are accepted by default")])
}
