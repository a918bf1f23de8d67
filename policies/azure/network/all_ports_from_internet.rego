# METADATA
# title: No rule allows all ports or sensitive ports from the internet
# description: |
#   An inbound rule that opens every port (or a service port such as
#   Jupyter 8888, Ray 8265, Ollama 11434, Redis, MongoDB, Elasticsearch or
#   a database) to any address exposes model servers, notebooks and data
#   stores that are rarely built to face the internet.
# custom:
#   id: AZ-NET-003
#   severity: high
#   resource_types: [Microsoft.Network/networkSecurityGroups, Microsoft.Network/networkSecurityGroups/securityRules]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-1]
#   defender: All network ports should be restricted on network security groups associated to your virtual machine
#   remediation:
#     terraform: >-
#       Restrict `destination_port_range(s)` to the ports the service needs and `source_address_prefix(es)` to known ranges, or put the service behind a load balancer, Application Gateway or private endpoint.
#     arm: >-
#       Restrict `destinationPortRange(s)` to the ports the service needs and `sourceAddressPrefix(es)` to known ranges.
#   params:
#     sensitive_ports: [22, 3389, 8888, 8265, 6379, 27017, 9200, 5432, 1433, 3306, 11434]
#   since: 0.1.0
package posture.azure.network.all_ports_from_internet

import data.posture.lib
import data.posture.lib.azure

protocols := {"tcp", "udp", "*"}

deny contains {"msg": msg, "path": array.concat(r.path, azure.internet_source_path(r.rule))} if {
	some r in azure.security_rules
	azure.inbound_allow_from_internet(r.rule, protocols)
	azure.opens_all_ports(r.rule)
	msg := sprintf("Network security rule %q allows every port from the internet (ports %s, source %s).", [
		r.name,
		concat(", ", azure.port_ranges(r.rule)),
		concat(", ", azure.sources(r.rule)),
	])
}

deny contains {"msg": msg, "path": array.concat(r.path, azure.internet_source_path(r.rule))} if {
	some r in azure.security_rules
	azure.inbound_allow_from_internet(r.rule, protocols)
	not azure.opens_all_ports(r.rule)
	ports := sort([sprintf("%d", [p]) |
		some p in object.get(lib.params("AZ-NET-003"), "sensitive_ports", [])
		azure.opens_port(r.rule, p)
	])
	count(ports) > 0
	msg := sprintf("Network security rule %q allows sensitive port %s from the internet (source %s).", [
		r.name,
		concat(", ", ports),
		concat(", ", azure.sources(r.rule)),
	])
}
