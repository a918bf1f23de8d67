# METADATA
# title: EC2 instances do not get public IP addresses
# description: |
#   An instance with a public IP address is reachable from the internet as
#   far as its security groups allow: a GPU inference or training node is
#   then one rule away from exposure, and a target for scans. Only
#   associate_public_ip_address = true written in the configuration is
#   reported: otherwise the subnet's map_public_ip_on_launch decides.
# custom:
#   id: AWS-EC2-003
#   severity: medium
#   resource_types: [aws_instance, aws_launch_template]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#     aws-fsbp: [EC2.9, EC2.25]
#   defender: >-
#     EC2 instances should not have a public IP address
#   remediation:
#     terraform: >-
#       Set `associate_public_ip_address = false` and reach the instance through a load balancer, Session
#       Manager or a VPN.
#   fix:
#     terraform:
#       set: {associate_public_ip_address: false, network_interfaces.associate_public_ip_address: false}
#   since: 0.2.0
package posture.aws.ec2.public_ip

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["associate_public_ip_address"]} if {
	input.type == "aws_instance"
	input.resource.associate_public_ip_address == true
	msg := sprintf("%s gets a public IP address: %s.", [terraform.label, terraform.found(["associate_public_ip_address"], "")])
}

deny contains {"msg": msg, "path": path} if {
	input.type == "aws_launch_template"
	some i, ni in input.resource.network_interfaces
	ni.associate_public_ip_address in {true, "true"}
	path := ["network_interfaces", i, "associate_public_ip_address"]
	msg := sprintf("%s gives the instances it launches a public IP address: %s.", [terraform.label, terraform.found(path, "")])
}
