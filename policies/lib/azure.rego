# Helpers for Azure policies, written against the ARM shape.
package posture.lib.azure

# security_rules are the NSG rules of the input with the path of each
# rule's properties: inline rules of a network security group, or the
# properties of a separate securityRules child resource.
security_rules contains {"rule": r.properties, "name": object.get(r, "name", input.name), "path": ["properties", "securityRules", i, "properties"]} if {
	input.type == "Microsoft.Network/networkSecurityGroups"
	some i, r in input.resource.properties.securityRules
}

security_rules contains {"rule": input.resource.properties, "name": input.name, "path": ["properties"]} if {
	input.type == "Microsoft.Network/networkSecurityGroups/securityRules"
}

internet_sources := {"*", "0.0.0.0", "0.0.0.0/0", "internet", "any", "::/0"}

# sources lists a rule's source prefixes (single and plural forms).
sources(rule) := array.concat(
	[x | x := rule.sourceAddressPrefix],
	object.get(rule, "sourceAddressPrefixes", []),
)

# internet_source_path is the path, relative to the rule, of a source
# prefix that is the whole internet.
internet_source_path(rule) := ["sourceAddressPrefix"] if {
	lower(rule.sourceAddressPrefix) in internet_sources
} else := ["sourceAddressPrefixes", i] if {
	some i, s in rule.sourceAddressPrefixes
	lower(s) in internet_sources
}

# inbound_allow_from_internet holds for an inbound Allow rule whose source
# is the whole internet, for a protocol in protocols (lower case).
inbound_allow_from_internet(rule, protocols) if {
	lower(rule.direction) == "inbound"
	lower(rule.access) == "allow"
	lower(object.get(rule, "protocol", "*")) in protocols
	some s in sources(rule)
	lower(s) in internet_sources
}

# port_ranges lists a rule's destination port ranges (single and plural).
port_ranges(rule) := array.concat(
	[x | x := rule.destinationPortRange],
	object.get(rule, "destinationPortRanges", []),
)

# opens_port holds when a port range covers port: "22", "*", "20-30".
opens_port(rule, port) if {
	some r in port_ranges(rule)
	range_covers(r, port)
}

range_covers(r, _) if r == "*"

range_covers(r, port) if to_number(r) == port

range_covers(r, port) if {
	parts := split(r, "-")
	count(parts) == 2
	to_number(trim_space(parts[0])) <= port
	port <= to_number(trim_space(parts[1]))
}
