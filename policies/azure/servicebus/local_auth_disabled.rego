# METADATA
# title: Service Bus namespace local (SAS key) authentication disabled
# description: |
#   Shared access signature keys are static secrets with send, listen or
#   manage rights that bypass Microsoft Entra ID. With local authentication
#   disabled, producers and consumers authenticate with Entra ID and Azure
#   RBAC.
# custom:
#   id: AZ-SB-001
#   severity: high
#   resource_types: [Microsoft.ServiceBus/namespaces]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-1]
#   defender: Azure Service Bus namespaces should have local authentication methods disabled
#   remediation:
#     terraform: >-
#       Set `local_authentication_enabled = false` and grant producers and consumers the Service Bus Data Sender / Receiver roles.
#     arm: >-
#       Set `"disableLocalAuth": true` in `properties` and grant producers and consumers the Service Bus data roles.
#   fix:
#     terraform:
#       none: "SAS keys can be disabled only once every client uses Entra ID"
#     arm:
#       none: "SAS keys can be disabled only once every client uses Entra ID"
#   since: 0.2.0
package posture.azure.servicebus.local_auth_disabled

import data.posture.lib

path := ["properties", "disableLocalAuth"]

deny contains {"msg": msg, "path": path} if {
	value := object.get(input.resource, path, false)
	value != true
	msg := sprintf("Service Bus namespace %s accepts SAS keys: %s.", [lib.label, lib.found(path, "SAS keys are accepted by default")])
}
