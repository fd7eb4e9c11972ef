import numpy as np
import pandas as pd
from sentence_transformers import SentenceTransformer
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

tickets = pd.read_csv("support_tickets.csv").dropna(subset=["body", "queue"])
encoder = SentenceTransformer("all-MiniLM-L6-v2")
vectors = encoder.encode(tickets["body"].tolist(), batch_size=64, normalize_embeddings=True)

v_tr, v_te, q_tr, q_te = train_test_split(vectors, tickets["queue"].to_numpy(), test_size=0.2,
                                          stratify=tickets["queue"], random_state=0)
head = LogisticRegression(max_iter=2000, C=4.0).fit(v_tr, q_tr)
print("routing accuracy", np.mean(head.predict(v_te) == q_te))
