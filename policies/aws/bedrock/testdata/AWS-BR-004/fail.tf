resource "aws_bedrock_guardrail" "absent" { # want: AWS-BR-004 col 1
  name                      = "chat"
  blocked_input_messaging   = "Blocked."
  blocked_outputs_messaging = "Blocked."
}

resource "aws_bedrock_guardrail" "none" {
  name                      = "chat-2"
  blocked_input_messaging   = "Blocked."
  blocked_outputs_messaging = "Blocked."

  sensitive_information_policy_config { # want: AWS-BR-004 col 3
    pii_entities_config {
      type   = "EMAIL"
      action = "NONE"
    }
    regexes_config {
      name    = "api-key"
      pattern = "sk-[A-Za-z0-9]{32}"
      action  = "NONE"
    }
  }
}
