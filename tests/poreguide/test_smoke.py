def test_landing_page_says_pores_cannot_be_shrunk_for_good(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "can't be shrunk for good" in response.content.decode()
