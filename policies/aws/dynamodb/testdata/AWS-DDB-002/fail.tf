resource "aws_dynamodb_table" "history" { # want: AWS-DDB-002 col 1
  name     = "chat-history"
  hash_key = "session"

  attribute {
    name = "session"
    type = "S"
  }
}

resource "aws_dynamodb_table" "managed" {
  name     = "agent-memory"
  hash_key = "id"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption { # want: AWS-DDB-002 col 3
    enabled = true
  }
}
