// Users endpoints on NestJS.
import { Body, Controller, Get, HttpCode, HttpException, HttpStatus, NotFoundException, Param, Post } from '@nestjs/common';
import { UsersService } from './users.service';
import { CreateUserDto } from './dto/create-user.dto';

const CACHE_TTL_SECONDS = 300;
const MAX_NAME_LENGTH = 100;

@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get(':id')
  async findOne(@Param('id') id: string) {
    const user = await this.users.findById(id, { ttl: CACHE_TTL_SECONDS });
    if (!user) {
      throw new NotFoundException(`user ${id} not found`);
    }
    return user;
  }

  @Post()
  @HttpCode(201)
  async create(@Body() dto: CreateUserDto) {
    if (dto.name.length > MAX_NAME_LENGTH) {
      throw new HttpException('name too long', HttpStatus.UNPROCESSABLE_ENTITY);
    }
    if (await this.users.exists(dto.email)) {
      throw new HttpException('email already registered', HttpStatus.CONFLICT);
    }
    return this.users.create(dto);
  }
}
