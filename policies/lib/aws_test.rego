package posture.lib.aws_test

import data.posture.lib.aws

# --- policy documents and statements ---

admin_policy := {
	"type": "aws_iam_policy",
	"resource": {"policy": `{"Version": "2012-10-17", "Statement": [{"Sid": "Admin", "Effect": "Allow", "Action": "*", "Resource": "*"}, {"Effect": "Deny", "NotAction": ["s3:Get*"], "NotResource": "arn:aws:s3:::logs/*"}]}`},
}

test_parse_document if {
	aws.parse_document(`{"Statement": []}`) == {"Statement": []}
	aws.parse_document({"Statement": []}) == {"Statement": []}
	not aws.parse_document("not json")
}

test_statements_normalise_a_string_document if {
	ss := aws.statements with input as admin_policy
	count(ss) == 2
	some s in ss
	s.sid == "Admin"
	s.index == 0
	s.effect == "Allow"
	s.actions == ["*"]
	s.resources == ["*"]
	s.not_actions == []
	s.doc_path == ["policy"]
	s.path == ["policy", "Statement", 0]
}

test_statements_without_sid_are_numbered if {
	some s in aws.statements with input as admin_policy
	s.effect == "Deny"
	s.sid == "#2"
	s.not_actions == ["s3:Get*"]
	s.not_resources == ["arn:aws:s3:::logs/*"]
}

test_statements_of_a_partly_known_document if {
	# A document with another resource's ARN is decoded, its unknown
	# parts absent (docs/CONTRACT.md).
	ss := aws.statements with input as {
		"type": "aws_iam_role_policy",
		"resource": {"policy": {"Statement": {"Effect": "Allow", "Action": ["s3:GetObject"]}}},
	}
	count(ss) == 1
	some s in ss
	s.path == ["policy", "Statement"]
	s.resources == []
}

test_statements_of_inline_role_policies if {
	some s in aws.statements with input as {
		"type": "aws_iam_role",
		"resource": {"inline_policy": [{"policy": `{"Statement": [{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"}]}`}]},
	}
	s.path == ["inline_policy", 0, "policy", "Statement", 0]
	aws.grants(s, "iam:PassRole")
}

test_statements_only_for_policy_types if {
	count(aws.statements) == 0 with input as {"type": "aws_s3_bucket", "resource": {"policy": `{"Statement": []}`}}
}

test_as_list if {
	aws.as_list("s3:*") == ["s3:*"]
	aws.as_list(["a", "b"]) == ["a", "b"]
	aws.as_list(null) == []
}

statement(raw) := {
	"effect": object.get(raw, "Effect", ""),
	"actions": aws.as_list(object.get(raw, "Action", [])),
	"not_actions": aws.as_list(object.get(raw, "NotAction", [])),
	"resources": aws.as_list(object.get(raw, "Resource", [])),
	"not_resources": aws.as_list(object.get(raw, "NotResource", [])),
	"condition": object.get(raw, "Condition", {}),
	"raw": raw,
	"path": ["policy", "Statement", 0],
	"sid": object.get(raw, "Sid", "#1"),
}

test_grants if {
	aws.grants(statement({"Effect": "Allow", "Action": "*"}), "iam:CreateUser")
	aws.grants(statement({"Effect": "Allow", "Action": "IAM:Create*"}), "iam:CreateUser")
	not aws.grants(statement({"Effect": "Allow", "Action": "s3:*"}), "iam:CreateUser")
	not aws.grants(statement({"Effect": "Deny", "Action": "*"}), "iam:CreateUser")
}

test_grants_through_not_action if {
	aws.grants(statement({"Effect": "Allow", "NotAction": "s3:*"}), "iam:CreateUser")
	not aws.grants(statement({"Effect": "Allow", "NotAction": "iam:*"}), "iam:CreateUser")
}

test_action_matches if {
	aws.action_matches("iam:Pass*", "iam:PassRole")
	aws.action_matches("*", "bedrock:InvokeModel")
	not aws.action_matches("iam:Get*", "iam:PassRole")
	not aws.action_matches(["iam:*"], "iam:PassRole")
}

test_all_resources if {
	aws.all_resources(statement({"Resource": "*"}))
	aws.all_resources(statement({"NotResource": "arn:aws:s3:::x"}))
	not aws.all_resources(statement({"Resource": "arn:aws:s3:::x"}))
}

test_all_resources_path if {
	aws.all_resources_path(statement({"Resource": ["arn:aws:s3:::x", "*"]})) == ["policy", "Statement", 0, "Resource", 1]
	aws.all_resources_path(statement({"Resource": "*"})) == ["policy", "Statement", 0, "Resource"]
	aws.all_resources_path(statement({"NotResource": "arn:aws:s3:::x"})) == ["policy", "Statement", 0, "NotResource"]
}

test_element_and_field_path if {
	s := statement({"Action": ["s3:GetObject", "s3:*"]})
	aws.element_path(s, "Action", "s3:*") == ["policy", "Statement", 0, "Action", 1]
	aws.element_path(s, "Action", "iam:*") == ["policy", "Statement", 0, "Action"]
	aws.field_path(s, "Condition") == ["policy", "Statement", 0, "Condition"]
}

test_statement_label if {
	aws.statement_label({"sid": "Admin"}) == `statement "Admin"`
	aws.statement_label({"sid": "#2"}) == "statement #2"
}

test_restricted if {
	aws.restricted(statement({"Condition": {"StringEquals": {"AWS:SourceVpce": "vpce-1"}}}))
	not aws.restricted(statement({"Condition": {"Bool": {"aws:SecureTransport": "true"}}}))
	not aws.restricted(statement({}))
}

test_public_principal if {
	aws.public_principal("*")
	aws.public_principal({"AWS": "*"})
	aws.public_principal({"AWS": ["arn:aws:iam::1:root", "*"]})
	not aws.public_principal({"AWS": "arn:aws:iam::1:root"})
	not aws.public_principal({"Service": "*"})
}

# --- security group ingress ---

sg := {
	"type": "aws_security_group",
	"resource": {"ingress": [
		{"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_blocks": ["10.0.0.0/8", "0.0.0.0/0"]},
		{"protocol": "-1", "from_port": 0, "to_port": 0, "ipv6_cidr_blocks": ["::/0"]},
	]},
	"unknown": {},
}

test_ingress_rules_of_a_security_group if {
	rules := aws.ingress_rules with input as sg
	count(rules) == 2
	some r in rules
	r.path == ["ingress", 0]
	r.protocol == "tcp"
	r.protocol_path == ["ingress", 0, "protocol"]
	r.cidrs == [
		{"value": "10.0.0.0/8", "path": ["ingress", 0, "cidr_blocks", 0]},
		{"value": "0.0.0.0/0", "path": ["ingress", 0, "cidr_blocks", 1]},
	]
	aws.internet_cidr(r) == {"value": "0.0.0.0/0", "path": ["ingress", 0, "cidr_blocks", 1]}
	aws.tcp(r)
	aws.covers_port(r, 22)
	not aws.covers_port(r, 3389)
	aws.port_range(r) == "port 22"
}

test_ingress_all_protocols if {
	some r in aws.ingress_rules with input as sg
	r.path == ["ingress", 1]
	aws.all_protocols(r)
	aws.tcp(r)
	aws.covers_port(r, 3389)
	aws.port_range(r) == "all ports"
	aws.internet_cidr(r).value == "::/0"
}

test_ingress_rule_resource if {
	rules := aws.ingress_rules with input as {
		"type": "aws_security_group_rule",
		"resource": {"type": "ingress", "protocol": "6", "from_port": 20, "to_port": 30, "cidr_blocks": ["0.0.0.0/0"]},
	}
	some r in rules
	r.path == []
	aws.tcp(r)
	aws.port_range(r) == "ports 20-30"
	aws.covers_port(r, 25)
	count(aws.ingress_rules) == 0 with input as {"type": "aws_security_group_rule", "resource": {"type": "egress"}}
}

test_vpc_ingress_rule if {
	some r in aws.ingress_rules with input as {
		"type": "aws_vpc_security_group_ingress_rule",
		"resource": {"ip_protocol": "tcp", "from_port": 3389, "to_port": 3389, "cidr_ipv4": "0.0.0.0/0"},
	}
	r.protocol_path == ["ip_protocol"]
	r.cidrs == [{"value": "0.0.0.0/0", "path": ["cidr_ipv4"]}]
	aws.covers_port(r, 3389)
}

test_rule_known if {
	some r in aws.ingress_rules with input as sg
	r.path == ["ingress", 0]
	aws.rule_known(r) with input as sg
	not aws.rule_known(r) with input as object.union(sg, {"unknown": {"ingress[0].to_port": true}})
}

# --- S3 bucket configuration resources ---

versioning := "aws_s3_bucket_versioning"

bucket := {"id": "b", "resource": {"bucket": "data"}}

test_bucket_configs_by_reference_and_by_name if {
	configs := aws.bucket_configs(versioning) with input as bucket
		with data.posture.referrers as {"b": [{"id": "v1", "type": versioning, "path": "bucket"}]}
		with data.posture.resources as {"v1": {"id": "v1", "resource": {}}}
		with data.posture.by_type as {versioning: {"v2": {"id": "v2", "resource": {"bucket": "data"}}, "v3": {"id": "v3", "resource": {"bucket": "other"}}}}
	{c.id | some c in configs} == {"v1", "v2"}
}

test_missing_config_status if {
	aws.missing_config_status(versioning) == "review" with input as bucket
		with data.posture.by_type as {}
		with data.posture.config as {"complete": false}
	aws.missing_config_status(versioning) == "fail" with input as bucket
		with data.posture.by_type as {}
		with data.posture.config as {"complete": true}
}

test_missing_config_status_with_an_unresolved_config if {
	# A configuration whose bucket the scan cannot resolve may be this
	# bucket's, even in a complete scan.
	aws.missing_config_status(versioning) == "review" with input as bucket
		with data.posture.by_type as {versioning: {"v": {"resource": {}, "unknown": {"bucket": true}, "refs": []}}}
		with data.posture.config as {"complete": true}
	not aws.unresolved_configs(versioning) with data.posture.by_type as {versioning: {"v": {"resource": {}, "unknown": {"bucket": true}, "refs": [{"path": "bucket"}]}}}
}

# --- Bedrock use ---

invoke_role := {
	"type": "aws_iam_role_policy",
	"resource": {"policy": `{"Statement": [{"Effect": "Allow", "Action": "bedrock:Invoke*", "Resource": "*"}]}`},
}

test_invokes_bedrock if {
	aws.invokes_bedrock with input as invoke_role

	# A bare "*" is not counted as Bedrock use.
	not aws.invokes_bedrock with input as admin_policy
}

test_bedrock_used if {
	aws.bedrock_used with data.posture.by_type as {"aws_iam_role_policy": {"p": invoke_role}}
	aws.bedrock_used with data.posture.by_type as {"aws_bedrock_guardrail": {"g": {}}}
	not aws.bedrock_used with data.posture.by_type as {"aws_iam_policy": {"p": admin_policy}}
}

# --- credentials written into configuration ---

test_credential_name if {
	aws.credential_name("OPENAI_API_KEY")
	aws.credential_name("db_password")
	aws.credential_name("HF_TOKEN")
	not aws.credential_name("DB_SECRET_ARN")
	not aws.credential_name("TOKEN_URL")
	not aws.credential_name("API_KEY_PARAMETER")
	not aws.credential_name("LOG_LEVEL")
}

test_credential_value if {
	aws.credential_value("sk-proj-4f9a2c7e1b8d")
	not aws.credential_value("true")
	not aws.credential_value("arn:aws:secretsmanager:eu-west-1:123456789012:secret:x")
	not aws.credential_value("/rag/db/password")
	not aws.credential_value("https://auth.example.com/token")
	not aws.credential_value("changeme-later")
	not aws.credential_value(42)
}

test_access_key_in if {
	aws.access_key_in("export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n")
	aws.access_key_in(`aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEYab"`)
	not aws.access_key_in("XAKIAIOSFODNN7EXAMPLEX")
	not aws.access_key_in("no keys here")
}
