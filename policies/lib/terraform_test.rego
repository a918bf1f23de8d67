package posture.lib.terraform_test

import data.posture.lib.terraform

test_label_is_the_address if {
	terraform.label == "module.ml.aws_sagemaker_domain.this[0]" with input as {
		"name": "this",
		"address": "module.ml.aws_sagemaker_domain.this[0]",
	}
}

notebook := {
	"resource": {
		"direct_internet_access": "Enabled",
		"vpc_config": [{"endpoint_public_access": true}],
		"ingress": [{"cidr_blocks": ["10.0.0.0/8"]}, {"cidr_blocks": ["0.0.0.0/0"]}],
	},
	"unknown": {"kms_key_id": true},
}

test_found_value if {
	terraform.found(["direct_internet_access"], "enabled by default") == `direct_internet_access = "Enabled"` with input as notebook
}

test_found_not_set if {
	terraform.found(["root_access"], "the provider default is Enabled") == "root_access is not set (the provider default is Enabled)" with input as notebook
}

test_found_unknown if {
	terraform.found(["kms_key_id"], "no key") == "kms_key_id is not known before apply" with input as notebook
}

test_found_in_a_block if {
	terraform.found(["vpc_config", 0, "endpoint_public_access"], "") == "vpc_config.endpoint_public_access = true" with input as notebook
}

test_hcl_path_indexes_only_repeated_blocks if {
	terraform.hcl_path(["vpc_config", 0, "endpoint_public_access"]) == "vpc_config.endpoint_public_access" with input as notebook
	terraform.hcl_path(["ingress", 1, "cidr_blocks"]) == "ingress[1].cidr_blocks" with input as notebook
	terraform.hcl_path(["ingress", 1, "cidr_blocks", 0]) == "ingress[1].cidr_blocks" with input as notebook
	terraform.hcl_path(["direct_internet_access"]) == "direct_internet_access" with input as notebook
}

test_hcl_path_of_an_absent_block if {
	terraform.hcl_path(["shielded_instance_config", 0, "enable_secure_boot"]) == "shielded_instance_config.enable_secure_boot" with input as notebook
}

test_block_path if {
	terraform.block_path("vpc_config") == ["vpc_config", 0] with input as notebook
	terraform.block_path("shielded_instance_config") == ["shielded_instance_config"] with input as notebook
}
