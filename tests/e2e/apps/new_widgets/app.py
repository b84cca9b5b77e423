import datetime as dt

import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.text(f"runs: {st.session_state.runs}")

size = st.pills("Size", ["S", "M", "🍎 L"], key="size")
st.text(f"pills: {size!r}")
tags = st.segmented_control("Tags", ["a", "b", "c"], selection_mode="multi", default=["a"])
st.text(f"segmented: {tags!r}")
stars = st.feedback("stars")
st.text(f"feedback: {stars!r}")
when = st.datetime_input("When", dt.datetime(2024, 5, 6, 7, 8))
st.text(f"when: {when.isoformat() if when else None}")
st.link_button("Docs", "https://docs.streamlit.io", type="primary")

voice = st.audio_input("Voice", sample_rate=16000)
if voice is not None:
    wav = voice.getvalue()
    rate = int.from_bytes(wav[24:28], "little")
    channels = int.from_bytes(wav[22:24], "little")
    st.text(f"audio: {voice.type} {voice.name.endswith('_audio.wav')} {wav[:4] == b'RIFF'} {rate} {channels} "
            f"{voice.size == len(wav) and len(wav) > 44}")
photo = st.camera_input("Photo")
if photo is not None:
    jpeg = photo.getvalue()
    st.text(f"photo: {photo.type} {photo.name.startswith('camera-input-') and photo.name.endswith('.jpg')} "
            f"{jpeg[:2] == bytes([0xFF, 0xD8])} {photo.size > 1000}")
