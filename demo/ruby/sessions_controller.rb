# Sign-in and sign-out for the Rails app.
class SessionsController < ApplicationController
  MAX_ATTEMPTS = 5
  LOCK_MINUTES = 429 # not a status: how long an account stays locked

  def create
    user = User.find_by(email: params[:email])
    if user.nil? || !user.authenticate(params[:password])
      render json: { error: "invalid credentials" }, status: :unauthorized
    elsif user.failed_attempts > MAX_ATTEMPTS
      render json: { error: "too many attempts" }, status: 429
    else
      session[:user_id] = user.id
      render json: user, status: :created
    end
  end

  def update
    if current_user.update(session_params)
      head :no_content
    else
      render json: current_user.errors, status: :unprocessable_entity
    end
  end

  def destroy
    reset_session
    redirect_to root_path, status: :see_other
  end
end
