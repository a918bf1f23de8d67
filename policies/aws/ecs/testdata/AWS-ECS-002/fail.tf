resource "aws_ecs_task_definition" "chat" {
  family = "chat"
  container_definitions = jsonencode([
    {
      name  = "chat"
      image = "chat:1.2"
      environment = [
        { name = "OPENAI_API_KEY", value = "sk-proj-4f9a2c7e1b8d" }, # want: AWS-ECS-002 col 44
        { name = "MODEL", value = "gpt-4o" },
      ]
    }
  ])
}
