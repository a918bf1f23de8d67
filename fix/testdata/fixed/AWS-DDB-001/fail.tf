resource "aws_dynamodb_table" "history" { # want: AWS-DDB-001 col 1
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

resource "aws_dynamodb_table" "memory" {
  name         = "agent-memory"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true # want: AWS-DDB-001 col 15
  }
}
