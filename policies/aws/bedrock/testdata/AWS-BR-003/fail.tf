resource "aws_bedrock_guardrail" "none" {
  name                      = "chat"
  blocked_input_messaging   = "Blocked."
  blocked_outputs_messaging = "Blocked."

  content_policy_config { # want: AWS-BR-003 col 3
    filters_config {
      type            = "HATE"
      input_strength  = "HIGH"
      output_strength = "HIGH"
    }
  }
}

resource "aws_bedrock_guardrail" "absent" { # want: AWS-BR-003 col 1
  name                      = "chat-2"
  blocked_input_messaging   = "Blocked."
  blocked_outputs_messaging = "Blocked."
}

resource "aws_bedrock_guardrail" "weak" {
  name                      = "chat-3"
  blocked_input_messaging   = "Blocked."
  blocked_outputs_messaging = "Blocked."

  content_policy_config {
    filters_config {
      type            = "PROMPT_ATTACK"
      input_strength  = "LOW" # want: AWS-BR-003 col 25
      output_strength = "NONE"
    }
  }
}

resource "aws_bedrock_guardrail" "detect_only" {
  name                      = "chat-4"
  blocked_input_messaging   = "Blocked."
  blocked_outputs_messaging = "Blocked."

  content_policy_config {
    filters_config {
      type            = "PROMPT_ATTACK"
      input_strength  = "HIGH"
      input_action    = "NONE" # want: AWS-BR-003 col 25
      output_strength = "NONE"
    }
  }
}
