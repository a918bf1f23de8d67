resource "aws_dynamodb_table" "history" {
  name         = "chat-history"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "session"

  attribute {
    name = "session"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }
}

# Terraform converts the string to the attribute's bool type.
resource "aws_dynamodb_table" "string_bool" {
  name         = "agent-memory"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = "true"
  }
}
