resource "aws_ecs_service" "chat" {
  name            = "chat"
  cluster         = "ai"
  task_definition = "chat:3"

  network_configuration {
    subnets          = ["subnet-0a1b2c3d"]
    assign_public_ip = false # want: AWS-ECS-004 col 24
  }
}
