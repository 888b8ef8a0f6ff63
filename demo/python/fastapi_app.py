"""Inventory service on FastAPI."""
from fastapi import FastAPI, HTTPException, Response, status

app = FastAPI()

MAX_BATCH = 500
CONNECT_TIMEOUT = 301  # seconds; not a redirect
DEFAULT_PORT = 8000


@app.get("/items/{item_id}")
async def read_item(item_id: int):
    item = await store.get(item_id)
    if item is None:
        raise HTTPException(status_code=404, detail="Item not found")
    return item


@app.post("/items", status_code=status.HTTP_201_CREATED)
async def create_items(items: list[dict]):
    if len(items) > MAX_BATCH:
        raise HTTPException(status_code=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, detail="batch too large")
    return await store.add_many(items)


@app.delete("/items/{item_id}")
async def delete_item(item_id: int):
    await store.remove(item_id)
    return Response(status_code=204)


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(app, port=DEFAULT_PORT, timeout_keep_alive=CONNECT_TIMEOUT)
